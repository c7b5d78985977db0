# A float formatted with the integer code d
print("== string format float d ==")
average = 85.5
print("{:d}".format(int(average)))
print(f"average: {average:d}")
