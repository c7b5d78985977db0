# A string followed by parentheses, a comma forgotten.
print("start")

name = "Ann"
print("Hello" (name))
