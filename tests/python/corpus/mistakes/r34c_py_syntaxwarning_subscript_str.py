# A list of names where a missing comma makes Python index a string
names = ["ana" "bo", "cy"]
print(len(names), names)
codes = ["x"[0], "y" [1]]
print(codes)
