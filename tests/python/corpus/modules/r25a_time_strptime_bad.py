import time

print(time.strptime("10:30", "%H:%M").tm_hour)
print(time.strptime("10h30", "%H:%M"))
