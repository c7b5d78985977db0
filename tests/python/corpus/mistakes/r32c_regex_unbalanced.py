# A regular expression with an unbalanced parenthesis.
import re

phone = re.compile(r"\d{3}-\d{4}")
print(phone.findall("call 555-1234 or 555-9876"))
price = re.compile(r"(\d+\.\d\d")
print(price.findall("$3.50"))
