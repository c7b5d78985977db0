# A list that ends up containing itself, then printed and sent to JSON
import json

todo = ["wash", "cook"]
todo.append(todo)
print(todo)
print(len(todo), todo[2][2][0])
print(json.dumps(todo))
