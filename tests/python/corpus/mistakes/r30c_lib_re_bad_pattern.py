# A regular expression with an unbalanced parenthesis.
import re
print(re.findall(r"\d+", "a1b22c333"))
pattern = re.compile(r"(\d+-\d+")
print(pattern.findall("10-20"))
