# Finding emails and phone numbers in text with re, and validating usernames.
import re

text = """Contact ana@example.com or Bob.Smith@mail.co.uk for help.
Call 555-1234 or (555) 987-6543. Not an email: foo@bar, @nope.com"""

emails = re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text)
print(emails)
phones = re.findall(r"\(?\d{3}\)?[ -]?\d{3}-\d{4}|\d{3}-\d{4}", text)
print(phones)
for m in re.finditer(r"(\w+)@(\w+)", text):
    print(m.group(0), m.group(1), m.group(2), m.span())
print(re.sub(r"\d", "#", "card 1234-5678"), re.split(r"[,;\s]+", "a, b;c  d"))
valid = re.compile(r"^[a-z][a-z0-9_]{2,15}$")
for u in ["ana_1", "1ana", "ab", "a_very_long_username_here", "Bob"]:
    print(u, bool(valid.match(u)))
m = re.search(r"(?P<year>\d{4})-(?P<month>\d\d)", "due 2024-03-15")
print(m.groupdict(), m["year"], re.fullmatch(r"\d+", "123x"))
