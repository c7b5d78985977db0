# A misspelt str method.
print("start")

text = "hello"
print(text.uper())
