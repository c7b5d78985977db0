# A list indexed with a string from input data.
print("start")

scores = [10, 20, 30]
position = "1"
print(scores[position])
