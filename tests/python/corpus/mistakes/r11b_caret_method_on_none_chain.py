# An attribute error in a chain of calls: which link was None?
import re

def first_word(text):
    return re.match(r"[a-z]+", text).group(0).capitalize()

print(first_word("hello world"))
print(first_word("  leading spaces"))
