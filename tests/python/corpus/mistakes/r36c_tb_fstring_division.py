# average speed printed in an f-string, with no trips recorded yet
trips = []

def report(trips):
    distance = sum(t[0] for t in trips)
    hours = sum(t[1] for t in trips)
    print(f"trips: {len(trips)}, average: {distance / hours:.1f} km/h")

report([(120, 2), (60, 1)])
report(trips)
