# Renaming keys while looping over a dict: same size, different keys.
headers = {"Content-Type": "json", "X-Id": "7"}
for key in headers:
    if key != key.lower():
        headers[key.lower()] = headers.pop(key)
print(headers)
