-- Neovim 0.7+ (tests/test_editors.py): attach `newslint server` to a story, print what the
-- editor shows: diagnostics, the hover on line 7 and the quick fixes there.
local client = vim.lsp.start_client({
  name = "newslint",
  cmd = { vim.env.NEWSLINT, "server" },
  root_dir = vim.fn.getcwd(),
  init_options = { debounce = 0.1 },
})
vim.lsp.buf_attach_client(0, client)
vim.wait(15000, function() return #vim.diagnostic.get(0) > 0 end)
local out = {}
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(out, string.format("diagnostic %d %s", d.lnum + 1, d.code or ""))
end
local uri = vim.uri_from_bufnr(0)
local hover = vim.lsp.buf_request_sync(0, "textDocument/hover",
  { textDocument = { uri = uri }, position = { line = 6, character = 2 } }, 10000)
for _, r in pairs(hover or {}) do
  if r.result then table.insert(out, "hover " .. r.result.contents.value:match("^[^\n]*")) end
end
local actions = vim.lsp.buf_request_sync(0, "textDocument/codeAction", {
  textDocument = { uri = uri },
  range = { start = { line = 6, character = 0 }, ["end"] = { line = 6, character = 5 } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(0, 6) },
}, 10000)
for _, r in pairs(actions or {}) do
  for _, a in ipairs(r.result or {}) do table.insert(out, "action " .. a.title) end
end
io.stdout:write(table.concat(out, "\n") .. "\n")
