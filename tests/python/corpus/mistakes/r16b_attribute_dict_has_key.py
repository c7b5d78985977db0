# dict.has_key from Python 2
print("== attribute dict has key ==")
ages = {"ada": 36, "alan": 41}
if ages.has_key("ada"):
    print("found")
