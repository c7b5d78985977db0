# a regex that captures the area code in parentheses
import re

phone = "(555) 123-4567"
m = re.search(r"\((\d{3})\)", phone)
print(m.group(1))
print(re.findall("(\d{3}", phone))
