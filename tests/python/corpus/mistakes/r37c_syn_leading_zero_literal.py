# storing times of day as numbers like 0830 for my alarm list
alarms = [0630, 0745, 1200]
for a in sorted(alarms):
    print("alarm at", a)
print(len(alarms), "alarms")
