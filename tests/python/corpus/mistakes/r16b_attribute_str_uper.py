# A misspelt str method: CPython suggests the right one
print("== attribute str uper ==")
name = "ada lovelace"
print(name.title())
print(name.uper())
