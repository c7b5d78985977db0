# a progress generator left unfinished inside a cycle; does its finally run on gc.collect()?
import gc

def progress(owner, total):
    try:
        for i in range(total):
            yield f'{i + 1}/{total}'
    finally:
        print('progress generator closed')

class Job:
    def __init__(self):
        self.steps = progress(self, 5)

job = Job()
print(next(job.steps), next(job.steps))
job = None
print('job dropped')
gc.collect()
print('after collect')
