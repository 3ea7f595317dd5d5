"""Generic widgets and helpers every feature uses: the task runner, file dialogs, small inputs."""
