tasks = ["wash" "dry" "fold"]
print(len(tasks))
delays = [0.1 0.2 0.3]
