import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
for e in ["ann@example.com", "bad@", "x.y+z@sub.domain.org", "@nouser.com", "sp ace@x.com"]:
    print(f"{e:<22}", bool(EMAIL.match(e)))
def valid_password(pw):
    checks = {
        "length": len(pw) >= 8,
        "digit": re.search(r"\d", pw) is not None,
        "upper": re.search(r"[A-Z]", pw) is not None,
        "special": re.search(r"[^\w\s]", pw) is not None,
    }
    return [k for k, ok in checks.items() if not ok]
for pw in ["short", "longenough1", "Str0ng!pass", "NOLOWER123!"]:
    print(pw, valid_password(pw) or "ok")
dates = "Due 2024-01-05, paid 05/02/2024, next 2024-13-01"
for y, mo, d in re.findall(r"(\d{4})-(\d{2})-(\d{2})", dates):
    print(y, mo, d, "valid" if 1 <= int(mo) <= 12 else "bad month")
print(re.sub(r"(\d{2})/(\d{2})/(\d{4})", r"\3-\2-\1", dates))
ip = re.compile(r"^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$")
for s in ["192.168.0.1", "256.1.1.1", "1.2.3"]:
    m = ip.match(s)
    print(s, bool(m) and all(int(g) < 256 for g in m.groups()))
