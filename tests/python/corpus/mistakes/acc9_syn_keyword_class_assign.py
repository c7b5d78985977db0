# A variable named class.
print("start")

class = "Task"
print(class)
