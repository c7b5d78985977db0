# Using a list as a dictionary key to count routes.
routes = {}
trips = [["A", "B"], ["B", "C"], ["A", "B"]]
for trip in trips:
    routes[trip] = routes.get(trip, 0) + 1
print(routes)
