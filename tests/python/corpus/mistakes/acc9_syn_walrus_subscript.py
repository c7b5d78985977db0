# A walrus on a list item.
print("start")

results = [0, 0]
if (results[0] := 5) > 3:
    print(results)
