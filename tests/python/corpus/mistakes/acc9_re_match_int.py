# re.match given a number instead of a string.
import re

code = 404
print(re.match(r"\d+", str(code)).group())
print(re.match(r"\d+", code))
