# adding a timeout parameter after **options
def request(url, **options, timeout=5):
    return url, options, timeout

print(request("http://x", verbose=True))
