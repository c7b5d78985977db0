# cleaning user input with a chain of string methods; one helper returns None
def strip_prefix(s):
    if s.startswith("> "):
        return s[2:]

def clean(line):
    return strip_prefix(line).strip().lower()

print(clean("> Hello "))
print(clean("Hello"))
