# Mistake: a missing setting (None from dict.get) used as the delay of time.sleep.
import time

settings = {'retries': 3, 'wait': 0.01}
for attempt in range(1, settings['retries'] + 1):
    print('attempt', attempt)
    time.sleep(settings.get('delay'))
