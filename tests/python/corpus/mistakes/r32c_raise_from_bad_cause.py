# raise ... from with a string as the cause.
def fetch(url):
    if not url.startswith("http"):
        raise ValueError("bad url") from "scheme missing"
    return url

print(fetch("http://x"))
print(fetch("ftp://x"))
