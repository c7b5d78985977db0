# dict.has_key from Python 2
ages = {"ada": 36, "alan": 41}
if ages.has_key("ada"):
    print("found")
