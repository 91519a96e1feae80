"""The shipped rule packs and lexicons (YAML data); this file only makes them importable."""
