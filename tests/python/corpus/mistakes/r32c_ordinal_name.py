# Variable names that start with a digit, like 1st and 2nd.
scores = [88, 92, 75]
1st = scores[0]
2nd = scores[1]
print(1st, 2nd)
