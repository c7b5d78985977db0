# A regular expression with an unbalanced parenthesis
import re

log = "ERROR (disk) full"
print(re.findall(r"\w+", log))
print(re.search(r"\((\w+)", log).group(1))
print(re.search(r"(\w+\)", log))
