# trying out !r and !s in f-strings, then my own !u for upper case
word = "hello"
print(f"{word!r} {word!s}")
print(f"{word!u}")
# (end of the program)
