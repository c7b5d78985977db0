# Python 2's dict.has_key.
# (kept short on purpose: the mistake is the point)
ages = {"ann": 31, "bob": 27}
if ages.has_key("ann"):
    print("found ann")
