# isinstance with the type's name as a string
def describe(x):
    if isinstance(x, (int, float)):
        return "number"
    if isinstance(x, "str"):
        return "text"
    return "other"

print(describe(3))
print(describe("hi"))
