# Converting temperatures with map and a lambda; one reading is bad
readings = ["21.5", "19.0", "n/a", "22.1"]
fahrenheit = list(map(lambda c: float(c) * 9 / 5 + 32, readings))
print(fahrenheit)
# (a short program: the mistake is in the lines above)
