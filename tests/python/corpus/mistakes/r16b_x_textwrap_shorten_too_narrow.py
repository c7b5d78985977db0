# textwrap.shorten to a width too small for its placeholder
print("== textwrap shorten too narrow ==")
import textwrap
print(textwrap.fill("hello world " * 3, width=12))
print(textwrap.shorten("hello world", width=3))
