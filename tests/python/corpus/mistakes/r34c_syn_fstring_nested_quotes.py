# Printing a dict value inside an f-string with the same quotes
scores = {"ana": 3, "bo": 5}
for name in scores:
    print(f"{name} scored {scores["ana"]} points")
print("done")
