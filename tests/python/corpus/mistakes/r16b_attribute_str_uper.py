# A misspelt str method: CPython suggests the right one
name = "ada lovelace"
print(name.title())
print(name.uper())
