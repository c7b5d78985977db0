# converting temperatures with map and a lambda; one reading is missing
readings = [21.5, 19.0, None, 23.2]
fahrenheit = map(lambda c: c * 9 / 5 + 32, readings)
print("converting...")
for f in fahrenheit:
    print(round(f, 1))
