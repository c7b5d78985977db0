# Comparing strings with "is" instead of "==".
greeting = "hello"
built = "hel" + "lo"
joined = "".join(["hel", "lo"])
spaced = "hello world"
print(greeting is built, greeting is joined, greeting == joined)
other = "hello world"
print(spaced is other)
name = input("name? ")
print(name is "ann", name == "ann")
print(name[:3] is "ann"[:3])
