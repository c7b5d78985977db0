# r25a_time_strptime_bad: a mistake as a learner makes it, and what CPython 3.11 says of it
import time

print(time.strptime("10:30", "%H:%M").tm_hour)
print(time.strptime("10h30", "%H:%M"))
