import textwrap

print(textwrap.shorten("one two three", 9))
print(textwrap.shorten("one two three", 5))
print(textwrap.shorten("one two three", 3))
