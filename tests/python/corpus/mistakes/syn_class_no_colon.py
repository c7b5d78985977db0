class Worker
    pass
