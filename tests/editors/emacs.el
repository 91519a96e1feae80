;; Emacs 28+ with eglot (tests/test_editors.py): attach `newslint server` to a story and print
;; the diagnostics flymake shows.
(require 'package)
(package-initialize)
(require 'eglot)
(make-directory (expand-file-name "~/.emacs.d") t)
(find-file (car command-line-args-left))
(text-mode)
(eglot (list 'text-mode) (project-current t) 'eglot-lsp-server
       (list (getenv "NEWSLINT") "server") "text")
(flymake-mode 1)
(let ((deadline (+ (float-time) 30)))
  (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
    (accept-process-output nil 0.2)))
(dolist (d (flymake-diagnostics))
  (princ (format "diagnostic %d %s\n" (line-number-at-pos (flymake-diagnostic-beg d))
                 (flymake-diagnostic-text d))))
(kill-emacs 0)
