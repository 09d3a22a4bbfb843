
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'istioctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'istioctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'istioctl' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze Istio configuration and print validation messages')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate Istio policy and rules files')
            [CompletionResult]::new('v', 'v', [CompletionResultType]::ParameterValue, 'Validate Istio policy and rules files')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the istioctl version, and the control-plane and data-plane versions in the cluster')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for the specified shell')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, dump or diff Istio configuration profiles')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Show and change how namespaces take part in the mesh (sidecar, ambient, waypoint)')
            [CompletionResult]::new('ns', 'ns', [CompletionResultType]::ParameterValue, 'Show and change how namespaces take part in the mesh (sidecar, ambient, waypoint)')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Commands related to Istio manifests')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Create, list and remove revision tags (aliases for control-plane revisions)')
            [CompletionResult]::new('waypoint', 'waypoint', [CompletionResultType]::ParameterValue, 'Generate, apply, list, check and delete ambient waypoints')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Apply an Istio control plane: render, apply in dependency order, wait until ready, prune')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply an Istio control plane: render, apply in dependency order, wait until ready, prune')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade an Istio control plane in place (the install pipeline, without the banner)')
            [CompletionResult]::new('kube-inject', 'kube-inject', [CompletionResultType]::ParameterValue, 'Inject Istio sidecar into Kubernetes pod resources')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove what istioctl installed (by owner labels and revision)')
            [CompletionResult]::new('verify-install', 'verify-install', [CompletionResultType]::ParameterValue, 'Check the cluster against the rendered install: missing, drifted or unready objects')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Access to Istio web UIs: port-forward to an addon, proxy or istiod and open a browser')
            [CompletionResult]::new('dash', 'dash', [CompletionResultType]::ParameterValue, 'Access to Istio web UIs: port-forward to an addon, proxy or istiod and open a browser')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Access to Istio web UIs: port-forward to an addon, proxy or istiod and open a browser')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;analyze' {
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Use the live Kubernetes cluster for analysis; --use-kube=false analyzes files only')
            [CompletionResult]::new('--use-kube', '--use-kube', [CompletionResultType]::ParameterName, 'Use the live Kubernetes cluster for analysis; --use-kube=false analyzes files only')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: one of [log json yaml sarif]')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: one of [log json yaml sarif]')
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'The severity level of analysis at which to display messages. Valid values: [Info Warning Error]')
            [CompletionResult]::new('--failure-threshold', '--failure-threshold', [CompletionResultType]::ParameterName, 'The severity level of analysis at which to set a non-zero exit code. Valid values: [Info Warning Error]')
            [CompletionResult]::new('-S', '-S ', [CompletionResultType]::ParameterName, 'Suppress a message code on matching resources: "<code>=<Kind> <ns>/<name>", ''*'' wildcards (repeatable)')
            [CompletionResult]::new('--suppress', '--suppress', [CompletionResultType]::ParameterName, 'Suppress a message code on matching resources: "<code>=<Kind> <ns>/<name>", ''*'' wildcards (repeatable)')
            [CompletionResult]::new('--analyzer', '--analyzer', [CompletionResultType]::ParameterName, 'Run only this analyzer (repeatable; an unknown name runs all)')
            [CompletionResult]::new('--meshConfigFile', '--meshConfigFile', [CompletionResultType]::ParameterName, 'Overrides the mesh config values to use for analysis')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Analyze a specific revision deployed')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Analyze a specific revision deployed')
            [CompletionResult]::new('--remote-contexts', '--remote-contexts', [CompletionResultType]::ParameterName, 'Kubeconfig contexts of remote clusters to analyze too (repeatable). Without it, the remote clusters are those of the istio/multiCluster=true Secrets in the Istio namespace')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour the level words (default: on when stdout is a terminal and TERM is not dumb)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Accepted for compatibility; unused (as upstream)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Analyze all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Analyze all namespaces')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'List the analyzers available to run. Suppresses normal execution')
            [CompletionResult]::new('--list-analyzers', '--list-analyzers', [CompletionResultType]::ParameterName, 'List the analyzers available to run. Suppresses normal execution')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Don''t complain about un-parseable input documents (no exit 65)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Enable verbose output (skipped and executed analyzers on stderr)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Enable verbose output (skipped and executed analyzers on stderr)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Obsolete: directories are always walked recursively (prints a notice and exits)')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Obsolete: directories are always walked recursively (prints a notice and exits)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;validate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Files or directories to validate (.yaml/.yml/.json; "-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Files or directories to validate (.yaml/.yml/.json; "-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Accepted for compatibility; has no effect (as upstream)')
            [CompletionResult]::new('--referential', '--referential', [CompletionResultType]::ParameterName, 'Accepted for compatibility; has no effect (as upstream)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;v' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Files or directories to validate (.yaml/.yml/.json; "-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Files or directories to validate (.yaml/.yml/.json; "-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Accepted for compatibility; has no effect (as upstream)')
            [CompletionResult]::new('--referential', '--referential', [CompletionResultType]::ParameterName, 'Accepted for compatibility; has no effect (as upstream)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;version' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'One line per component (default); --short=false prints every field')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'One line per component (default); --short=false prints every field')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Also query the control plane in the cluster; --remote=false shows only the client')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision to query (default: the revision the default tag points to)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision to query (default: the revision the default tag points to)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;completion' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('bash', 'bash', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for bash')
            [CompletionResult]::new('zsh', 'zsh', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for zsh')
            [CompletionResult]::new('fish', 'fish', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for fish')
            [CompletionResult]::new('powershell', 'powershell', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for powershell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;completion;bash' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--no-descriptions', '--no-descriptions', [CompletionResultType]::ParameterName, 'Leave command and flag descriptions out of the script')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;completion;zsh' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--no-descriptions', '--no-descriptions', [CompletionResultType]::ParameterName, 'Leave command and flag descriptions out of the script')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;completion;fish' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--no-descriptions', '--no-descriptions', [CompletionResultType]::ParameterName, 'Leave command and flag descriptions out of the script')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;completion;powershell' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--no-descriptions', '--no-descriptions', [CompletionResultType]::ParameterName, 'Leave command and flag descriptions out of the script')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;completion;help' {
            [CompletionResult]::new('bash', 'bash', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for bash')
            [CompletionResult]::new('zsh', 'zsh', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for zsh')
            [CompletionResult]::new('fish', 'fish', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for fish')
            [CompletionResult]::new('powershell', 'powershell', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for powershell')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;completion;help;bash' {
            break
        }
        'istioctl;completion;help;zsh' {
            break
        }
        'istioctl;completion;help;fish' {
            break
        }
        'istioctl;completion;help;powershell' {
            break
        }
        'istioctl;completion;help;help' {
            break
        }
        'istioctl;profile' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists available Istio configuration profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Dumps an Istio configuration profile (the merged IstioOperator)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Diffs two Istio configuration profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;profile;list' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;profile;dump' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Print only the subtree of spec at this path, e.g. components.pilot')
            [CompletionResult]::new('--config-path', '--config-path', [CompletionResultType]::ParameterName, 'Print only the subtree of spec at this path, e.g. components.pilot')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'istioctl;profile;diff' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists available Istio configuration profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Dumps an Istio configuration profile (the merged IstioOperator)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Diffs two Istio configuration profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;profile;help;list' {
            break
        }
        'istioctl;profile;help;dump' {
            break
        }
        'istioctl;profile;help;diff' {
            break
        }
        'istioctl;profile;help;help' {
            break
        }
        'istioctl;namespace' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their data-plane mode, revision and waypoint')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)')
            [CompletionResult]::new('waypoint', 'waypoint', [CompletionResultType]::ParameterValue, 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;ns' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their data-plane mode, revision and waypoint')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)')
            [CompletionResult]::new('waypoint', 'waypoint', [CompletionResultType]::ParameterValue, 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;namespace;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;ns;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;namespace;enable' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Data-plane mode')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision to use (sidecar: istio.io/rev instead of istio-injection)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision to use (sidecar: istio.io/rev instead of istio-injection)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Use the revision even when no installed revision or tag has that name')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the label changes without making them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;ns;enable' {
            [CompletionResult]::new('--mode', '--mode', [CompletionResultType]::ParameterName, 'Data-plane mode')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision to use (sidecar: istio.io/rev instead of istio-injection)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision to use (sidecar: istio.io/rev instead of istio-injection)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Use the revision even when no installed revision or tag has that name')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the label changes without making them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;namespace;disable' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the label changes without making them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;ns;disable' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the label changes without making them')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;namespace;waypoint' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Waypoint name to use')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--none', '--none', [CompletionResultType]::ParameterName, 'Stop using a waypoint')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the label change without making it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;ns;waypoint' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Waypoint name to use')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--none', '--none', [CompletionResultType]::ParameterName, 'Stop using a waypoint')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show the label change without making it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;namespace;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their data-plane mode, revision and waypoint')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)')
            [CompletionResult]::new('waypoint', 'waypoint', [CompletionResultType]::ParameterValue, 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;namespace;help;list' {
            break
        }
        'istioctl;namespace;help;enable' {
            break
        }
        'istioctl;namespace;help;disable' {
            break
        }
        'istioctl;namespace;help;waypoint' {
            break
        }
        'istioctl;namespace;help;help' {
            break
        }
        'istioctl;ns;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their data-plane mode, revision and waypoint')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)')
            [CompletionResult]::new('waypoint', 'waypoint', [CompletionResultType]::ParameterValue, 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;ns;help;list' {
            break
        }
        'istioctl;ns;help;enable' {
            break
        }
        'istioctl;ns;help;disable' {
            break
        }
        'istioctl;ns;help;waypoint' {
            break
        }
        'istioctl;ns;help;help' {
            break
        }
        'istioctl;manifest' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generates an Istio install manifest (offline; prints the objects an install would apply)')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Applies an Istio manifest to the cluster (the same command as `istioctl install`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;manifest;generate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Accepted and ignored, as upstream 1.30.3 does')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed even with validation errors (printed as warnings)')
            [CompletionResult]::new('--cluster-specific', '--cluster-specific', [CompletionResultType]::ParameterName, 'Ask the cluster for its version to detect the platform (GKE); offline otherwise')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Accepted for compatibility; generate never changes anything')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;manifest;install' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready (Go duration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed even with validation errors (printed as warnings)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Install without asking for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Install without asking for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Change nothing: show, per object, what an install would create, update (with the fields) or prune')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'After installing, check the cluster against the rendered objects (as verify-install)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;manifest;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generates an Istio install manifest (offline; prints the objects an install would apply)')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Applies an Istio manifest to the cluster (the same command as `istioctl install`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;manifest;help;generate' {
            break
        }
        'istioctl;manifest;help;install' {
            break
        }
        'istioctl;manifest;help;help' {
            break
        }
        'istioctl;tag' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or modify a revision tag (an alias for a control-plane revision used by istio.io/rev labels)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the objects of a revision tag to stdout, changing nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List revision tags, their revisions and the namespaces that use them')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'List revision tags, their revisions and the namespaces that use them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a revision tag (its webhooks and Service)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Remove a revision tag (its webhooks and Service)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;tag;set' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision the tag points to')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision the tag points to')
            [CompletionResult]::new('--webhook-name', '--webhook-name', [CompletionResultType]::ParameterName, 'Name for the tag''s MutatingWebhookConfiguration (default istio-revision-tag-<tag>)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace an existing tag (and allow a tag named like an existing revision)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--auto-inject-namespaces', '--auto-inject-namespaces', [CompletionResultType]::ParameterName, 'Inject sidecars into every namespace that has no injection label (tag default only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;tag;generate' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision the tag points to')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision the tag points to')
            [CompletionResult]::new('--webhook-name', '--webhook-name', [CompletionResultType]::ParameterName, 'Name for the tag''s MutatingWebhookConfiguration (default istio-revision-tag-<tag>)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace an existing tag (and allow a tag named like an existing revision)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--auto-inject-namespaces', '--auto-inject-namespaces', [CompletionResultType]::ParameterName, 'Inject sidecars into every namespace that has no injection label (tag default only)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;tag;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;tag;show' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;tag;remove' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before removing a tag that namespaces still use')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask before removing a tag that namespaces still use')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;tag;delete' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask before removing a tag that namespaces still use')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Do not ask before removing a tag that namespaces still use')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;tag;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or modify a revision tag (an alias for a control-plane revision used by istio.io/rev labels)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the objects of a revision tag to stdout, changing nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List revision tags, their revisions and the namespaces that use them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a revision tag (its webhooks and Service)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;tag;help;set' {
            break
        }
        'istioctl;tag;help;generate' {
            break
        }
        'istioctl;tag;help;list' {
            break
        }
        'istioctl;tag;help;remove' {
            break
        }
        'istioctl;tag;help;help' {
            break
        }
        'istioctl;waypoint' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the waypoint (default "waypoint"); on status, show only this waypoint')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a waypoint Gateway to stdout (no cluster needed)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a waypoint Gateway to the cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List waypoints')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show each waypoint''s Programmed condition (waits for it unless --wait=false)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete waypoints (only Gateways of class istio-waypoint) and the labels that pointed at them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;waypoint;generate' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Traffic the waypoint handles (unset: istiod decides, effectively service)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision of the waypoint (label istio.io/rev)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision of the waypoint (label istio.io/rev)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the waypoint (default "waypoint"); on status, show only this waypoint')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;waypoint;apply' {
            [CompletionResult]::new('--for', '--for', [CompletionResultType]::ParameterName, 'Traffic the waypoint handles (unset: istiod decides, effectively service)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control-plane revision of the waypoint (label istio.io/rev)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control-plane revision of the waypoint (label istio.io/rev)')
            [CompletionResult]::new('--waypoint-timeout', '--waypoint-timeout', [CompletionResultType]::ParameterName, 'How long --wait waits (Go duration)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the waypoint (default "waypoint"); on status, show only this waypoint')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--enroll-namespace', '--enroll-namespace', [CompletionResultType]::ParameterName, 'Also label the namespace istio.io/use-waypoint=<name>')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Replace an existing istio.io/use-waypoint label on the namespace')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until the Gateway is Programmed')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until the Gateway is Programmed')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;waypoint;list' {
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the waypoint (default "waypoint"); on status, show only this waypoint')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'All namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'All namespaces')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;waypoint;status' {
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'Wait until every waypoint is Programmed; --wait=false shows the current state')
            [CompletionResult]::new('--wait', '--wait', [CompletionResultType]::ParameterName, 'Wait until every waypoint is Programmed; --wait=false shows the current state')
            [CompletionResult]::new('--waypoint-timeout', '--waypoint-timeout', [CompletionResultType]::ParameterName, 'How long --wait waits (Go duration)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the waypoint (default "waypoint"); on status, show only this waypoint')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'All namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'All namespaces')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;waypoint;delete' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'The waypoints of this revision (label istio.io/rev)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'The waypoints of this revision (label istio.io/rev)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Name of the waypoint (default "waypoint"); on status, show only this waypoint')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every waypoint in the namespace')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;waypoint;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a waypoint Gateway to stdout (no cluster needed)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a waypoint Gateway to the cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List waypoints')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show each waypoint''s Programmed condition (waits for it unless --wait=false)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete waypoints (only Gateways of class istio-waypoint) and the labels that pointed at them')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;waypoint;help;generate' {
            break
        }
        'istioctl;waypoint;help;apply' {
            break
        }
        'istioctl;waypoint;help;list' {
            break
        }
        'istioctl;waypoint;help;status' {
            break
        }
        'istioctl;waypoint;help;delete' {
            break
        }
        'istioctl;waypoint;help;help' {
            break
        }
        'istioctl;install' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready (Go duration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed even with validation errors (printed as warnings)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Install without asking for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Install without asking for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Change nothing: show, per object, what an install would create, update (with the fields) or prune')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'After installing, check the cluster against the rendered objects (as verify-install)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready (Go duration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed even with validation errors (printed as warnings)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Install without asking for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Install without asking for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Change nothing: show, per object, what an install would create, update (with the fields) or prune')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'After installing, check the cluster against the rendered objects (as verify-install)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;upgrade' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'How long to wait for each component to become ready (Go duration)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed even with validation errors (printed as warnings)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Install without asking for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Install without asking for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Change nothing: show, per object, what an install would create, update (with the fields) or prune')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'After installing, check the cluster against the rendered objects (as verify-install)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;kube-inject' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Input Kubernetes resource filename ("-" reads stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Input Kubernetes resource filename ("-" reads stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Modified output Kubernetes resource filename')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Modified output Kubernetes resource filename')
            [CompletionResult]::new('--meshConfigFile', '--meshConfigFile', [CompletionResultType]::ParameterName, 'Mesh configuration filename. Takes precedence over --meshConfigMapName if set')
            [CompletionResult]::new('--meshConfigMapName', '--meshConfigMapName', [CompletionResultType]::ParameterName, 'ConfigMap name for Istio mesh configuration, key should be "mesh"')
            [CompletionResult]::new('--injectConfigFile', '--injectConfigFile', [CompletionResultType]::ParameterName, 'Injection configuration filename. Cannot be used with --injectConfigMapName')
            [CompletionResult]::new('--injectConfigMapName', '--injectConfigMapName', [CompletionResultType]::ParameterName, 'ConfigMap name for Istio sidecar injection, key should be "config"')
            [CompletionResult]::new('--valuesFile', '--valuesFile', [CompletionResultType]::ParameterName, 'Injection values configuration filename')
            [CompletionResult]::new('--operatorFileName', '--operatorFileName', [CompletionResultType]::ParameterName, 'Path to file containing IstioOperator custom resource; its values and meshConfig win')
            [CompletionResult]::new('--webhookConfig', '--webhookConfig', [CompletionResultType]::ParameterName, 'MutatingWebhookConfiguration name of the injector (used only in messages)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--xds-address', '--xds-address', [CompletionResultType]::ParameterName, 'Istiod address (accepted for compatibility; no remote injection in this build)')
            [CompletionResult]::new('--cert-dir', '--cert-dir', [CompletionResultType]::ParameterName, 'XDS client certificate directory (accepted for compatibility)')
            [CompletionResult]::new('--xds-label', '--xds-label', [CompletionResultType]::ParameterName, 'Istiod pod label selector (accepted for compatibility)')
            [CompletionResult]::new('--xds-port', '--xds-port', [CompletionResultType]::ParameterName, 'Istiod pod port (accepted for compatibility)')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The duration to wait before failing (accepted for compatibility)')
            [CompletionResult]::new('--authority', '--authority', [CompletionResultType]::ParameterName, 'XDS Subject Alternative Name (accepted for compatibility)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Allow insecure XDS TLS (accepted for compatibility)')
            [CompletionResult]::new('--plaintext', '--plaintext', [CompletionResultType]::ParameterName, 'Plaintext XDS (accepted for compatibility)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;uninstall' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Uninstall this control-plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Uninstall this control-plane revision')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator file naming the install (its metadata.name/namespace)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator file naming the install (its metadata.name/namespace)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value (only metadata name/namespace matter here)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value (only metadata name/namespace matter here)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'Remove every revision, the CRDs, the revision tags and the waypoints istioctl created')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Uninstall without asking for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'Uninstall without asking for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Accepted for compatibility; has no effect (as upstream)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'List every object that will be removed')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'List every object that will be removed')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'List what would be removed without removing anything')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;verify-install' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'IstioOperator overlay files, merged in order ("-" reads stdin); repeatable, comma-separated')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=HUB')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Directory holding profiles/ (and templates/) to use instead of the built-in ones')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (alias of --set revision=REV)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an istiod pod')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of an istiod pod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;dash' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an istiod pod')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of an istiod pod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;d' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an istiod pod')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of an istiod pod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;dashboard;kiali' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;kiali' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;kiali' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;prometheus' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;prometheus' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;prometheus' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;grafana' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;grafana' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;grafana' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;jaeger' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;jaeger' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;jaeger' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;zipkin' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;zipkin' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;zipkin' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;skywalking' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;skywalking' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;skywalking' {
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component dashboard UI port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dash;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;d;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision (selects istiod pods labelled istio.io/rev=<revision>)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen on (0: the remote port when free, else any free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on: an IP address, or localhost (both 127.0.0.1 and ::1; fails only if neither binds)')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'Open a browser; --browser=false only prints the URL')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file (otherwise KUBECONFIG, then ~/.kube/config)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Kubernetes configuration context')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for the operation')
            [CompletionResult]::new('--as-uid', '--as-uid', [CompletionResultType]::ParameterName, 'UID to impersonate for the operation (only with --as)')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for the operation (repeatable)')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout (Go duration, e.g. 15s)')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace (defaults to the context''s namespace, then "default")')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--vklog', '--vklog', [CompletionResultType]::ParameterName, 'Accepted for compatibility (client-go log level); has no effect')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Istio log level per scope (accepted for compatibility)')
            [CompletionResult]::new('--log_as_json', '--log_as_json', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_caller', '--log_caller', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_stacktrace_level', '--log_stacktrace_level', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('--log_target', '--log_target', [CompletionResultType]::ParameterName, 'Accepted for compatibility')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'istioctl;dashboard;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an istiod pod')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of an istiod pod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;dashboard;help;kiali' {
            break
        }
        'istioctl;dashboard;help;prometheus' {
            break
        }
        'istioctl;dashboard;help;grafana' {
            break
        }
        'istioctl;dashboard;help;jaeger' {
            break
        }
        'istioctl;dashboard;help;zipkin' {
            break
        }
        'istioctl;dashboard;help;skywalking' {
            break
        }
        'istioctl;dashboard;help;proxy' {
            break
        }
        'istioctl;dashboard;help;envoy' {
            break
        }
        'istioctl;dashboard;help;controlz' {
            break
        }
        'istioctl;dashboard;help;istiod-debug' {
            break
        }
        'istioctl;dashboard;help;help' {
            break
        }
        'istioctl;dash;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an istiod pod')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of an istiod pod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;dash;help;kiali' {
            break
        }
        'istioctl;dash;help;prometheus' {
            break
        }
        'istioctl;dash;help;grafana' {
            break
        }
        'istioctl;dash;help;jaeger' {
            break
        }
        'istioctl;dash;help;zipkin' {
            break
        }
        'istioctl;dash;help;skywalking' {
            break
        }
        'istioctl;dash;help;proxy' {
            break
        }
        'istioctl;dash;help;envoy' {
            break
        }
        'istioctl;dash;help;controlz' {
            break
        }
        'istioctl;dash;help;istiod-debug' {
            break
        }
        'istioctl;dash;help;help' {
            break
        }
        'istioctl;d;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an istiod pod')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of an istiod pod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;d;help;kiali' {
            break
        }
        'istioctl;d;help;prometheus' {
            break
        }
        'istioctl;d;help;grafana' {
            break
        }
        'istioctl;d;help;jaeger' {
            break
        }
        'istioctl;d;help;zipkin' {
            break
        }
        'istioctl;d;help;skywalking' {
            break
        }
        'istioctl;d;help;proxy' {
            break
        }
        'istioctl;d;help;envoy' {
            break
        }
        'istioctl;d;help;controlz' {
            break
        }
        'istioctl;d;help;istiod-debug' {
            break
        }
        'istioctl;d;help;help' {
            break
        }
        'istioctl;help' {
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze Istio configuration and print validation messages')
            [CompletionResult]::new('validate', 'validate', [CompletionResultType]::ParameterValue, 'Validate Istio policy and rules files')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print the istioctl version, and the control-plane and data-plane versions in the cluster')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for the specified shell')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'List, dump or diff Istio configuration profiles')
            [CompletionResult]::new('namespace', 'namespace', [CompletionResultType]::ParameterValue, 'Show and change how namespaces take part in the mesh (sidecar, ambient, waypoint)')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Commands related to Istio manifests')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Create, list and remove revision tags (aliases for control-plane revisions)')
            [CompletionResult]::new('waypoint', 'waypoint', [CompletionResultType]::ParameterValue, 'Generate, apply, list, check and delete ambient waypoints')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Apply an Istio control plane: render, apply in dependency order, wait until ready, prune')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade an Istio control plane in place (the install pipeline, without the banner)')
            [CompletionResult]::new('kube-inject', 'kube-inject', [CompletionResultType]::ParameterValue, 'Inject Istio sidecar into Kubernetes pod resources')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove what istioctl installed (by owner labels and revision)')
            [CompletionResult]::new('verify-install', 'verify-install', [CompletionResultType]::ParameterValue, 'Check the cluster against the rendered install: missing, drifted or unready objects')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Access to Istio web UIs: port-forward to an addon, proxy or istiod and open a browser')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'istioctl;help;analyze' {
            break
        }
        'istioctl;help;validate' {
            break
        }
        'istioctl;help;version' {
            break
        }
        'istioctl;help;completion' {
            [CompletionResult]::new('bash', 'bash', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for bash')
            [CompletionResult]::new('zsh', 'zsh', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for zsh')
            [CompletionResult]::new('fish', 'fish', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for fish')
            [CompletionResult]::new('powershell', 'powershell', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for powershell')
            break
        }
        'istioctl;help;completion;bash' {
            break
        }
        'istioctl;help;completion;zsh' {
            break
        }
        'istioctl;help;completion;fish' {
            break
        }
        'istioctl;help;completion;powershell' {
            break
        }
        'istioctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists available Istio configuration profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Dumps an Istio configuration profile (the merged IstioOperator)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Diffs two Istio configuration profiles')
            break
        }
        'istioctl;help;profile;list' {
            break
        }
        'istioctl;help;profile;dump' {
            break
        }
        'istioctl;help;profile;diff' {
            break
        }
        'istioctl;help;namespace' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List namespaces with their data-plane mode, revision and waypoint')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Enrol namespaces in the mesh (labels istio-injection / istio.io/rev / istio.io/dataplane-mode)')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Remove namespaces from the mesh (drops the enrolment labels; keeps the waypoint choice)')
            [CompletionResult]::new('waypoint', 'waypoint', [CompletionResultType]::ParameterValue, 'Choose the waypoint a namespace uses (label istio.io/use-waypoint), or none')
            break
        }
        'istioctl;help;namespace;list' {
            break
        }
        'istioctl;help;namespace;enable' {
            break
        }
        'istioctl;help;namespace;disable' {
            break
        }
        'istioctl;help;namespace;waypoint' {
            break
        }
        'istioctl;help;manifest' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generates an Istio install manifest (offline; prints the objects an install would apply)')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Applies an Istio manifest to the cluster (the same command as `istioctl install`)')
            break
        }
        'istioctl;help;manifest;generate' {
            break
        }
        'istioctl;help;manifest;install' {
            break
        }
        'istioctl;help;tag' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or modify a revision tag (an alias for a control-plane revision used by istio.io/rev labels)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print the objects of a revision tag to stdout, changing nothing')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List revision tags, their revisions and the namespaces that use them')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a revision tag (its webhooks and Service)')
            break
        }
        'istioctl;help;tag;set' {
            break
        }
        'istioctl;help;tag;generate' {
            break
        }
        'istioctl;help;tag;list' {
            break
        }
        'istioctl;help;tag;remove' {
            break
        }
        'istioctl;help;waypoint' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a waypoint Gateway to stdout (no cluster needed)')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Apply a waypoint Gateway to the cluster')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List waypoints')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show each waypoint''s Programmed condition (waits for it unless --wait=false)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete waypoints (only Gateways of class istio-waypoint) and the labels that pointed at them')
            break
        }
        'istioctl;help;waypoint;generate' {
            break
        }
        'istioctl;help;waypoint;apply' {
            break
        }
        'istioctl;help;waypoint;list' {
            break
        }
        'istioctl;help;waypoint;status' {
            break
        }
        'istioctl;help;waypoint;delete' {
            break
        }
        'istioctl;help;install' {
            break
        }
        'istioctl;help;upgrade' {
            break
        }
        'istioctl;help;kube-inject' {
            break
        }
        'istioctl;help;uninstall' {
            break
        }
        'istioctl;help;verify-install' {
            break
        }
        'istioctl;help;dashboard' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open admin web UI for a proxy (Envoy sidecars, gateways, waypoints, ztunnel)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open Envoy admin web UI (deprecated: use `istioctl dashboard proxy`)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an istiod pod')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of an istiod pod')
            break
        }
        'istioctl;help;dashboard;kiali' {
            break
        }
        'istioctl;help;dashboard;prometheus' {
            break
        }
        'istioctl;help;dashboard;grafana' {
            break
        }
        'istioctl;help;dashboard;jaeger' {
            break
        }
        'istioctl;help;dashboard;zipkin' {
            break
        }
        'istioctl;help;dashboard;skywalking' {
            break
        }
        'istioctl;help;dashboard;proxy' {
            break
        }
        'istioctl;help;dashboard;envoy' {
            break
        }
        'istioctl;help;dashboard;controlz' {
            break
        }
        'istioctl;help;dashboard;istiod-debug' {
            break
        }
        'istioctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
