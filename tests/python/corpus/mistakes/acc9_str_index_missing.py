# str.index of a substring that is not there.
print("start")

url = "https://example.com"
print(url.index("://"))
print(url.index("ftp"))
