# A regex written without a raw string.
import re
pattern = "\d+\.\d+"
print(re.findall(pattern, "pi is 3.14, e is 2.72"))
print(len("\w"))
