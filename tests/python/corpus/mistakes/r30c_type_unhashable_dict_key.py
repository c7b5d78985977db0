# Using a list as a dictionary key.
visits = {}
route = ["home", "shop"]
visits[route] = 1
print(visits)
