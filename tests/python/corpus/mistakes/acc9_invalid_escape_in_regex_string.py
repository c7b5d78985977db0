# A regular expression in a normal string with \d.
import re

pattern = "\d+\.\d+"
print(re.findall(pattern, "pi is 3.14"))
print(re.findall("\w+@\w+", "a@b"))
