package dev.preflight.harness;

import io.cucumber.core.resource.ClasspathScanner;
import io.cucumber.cucumberexpressions.Expression;
import io.cucumber.cucumberexpressions.ExpressionFactory;
import io.cucumber.cucumberexpressions.ParameterTypeRegistry;
import io.cucumber.cucumberexpressions.Transformer;
import io.cucumber.java.ParameterType;
import io.cucumber.java.StepDefinitionAnnotation;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Every step the glue defines, read from its annotations the way Cucumber finds them, so that
 * checking a feature and documenting the steps use the one list Cucumber itself runs.
 */
public final class StepCatalogue {
  /** Cucumber's number and word formats; the features are written in English. */
  private static final Locale FEATURE_LANGUAGE = Locale.ENGLISH;

  /** The order the catalogue lists a class's steps in; any other keyword comes last. */
  private static final List<String> KEYWORDS = List.of("Given", "When", "Then");

  private final List<StepPhrase> phrases;
  private final List<CustomParameter> parameters;

  private StepCatalogue(List<StepPhrase> phrases, List<CustomParameter> parameters) {
    this.phrases = List.copyOf(phrases);
    this.parameters = List.copyOf(parameters);
  }

  /**
   * A step definition.
   *
   * @param keyword the annotation's name: Given, When, Then, …
   * @param expression its Cucumber expression, e.g. {@code a buyer on {device} with …}
   * @param glue the class that defines it
   * @param method the method it runs
   */
  public record StepPhrase(String keyword, String expression, Class<?> glue, Method method) {}

  /**
   * A parameter type the glue adds to Cucumber's built-in ones.
   *
   * @param name as written in an expression, without the braces
   * @param regex what it matches
   */
  public record CustomParameter(String name, String regex, Method method) {}

  /** The steps of the glue Cucumber runs in {@code check}. */
  public static StepCatalogue ofTheChecksGlue() {
    return of(Inspection.GLUE);
  }

  /**
   * The steps of the classes in the package, by class name, then Given, When, Then, then phrase:
   * reflection knows no source order.
   */
  public static StepCatalogue of(String gluePackage) {
    List<Class<?>> classes =
        new ArrayList<>(
            new ClasspathScanner(StepCatalogue.class::getClassLoader)
                .scanForClassesInPackage(gluePackage));
    classes.sort(Comparator.comparing(Class::getName));
    List<StepPhrase> phrases = new ArrayList<>();
    List<CustomParameter> parameters = new ArrayList<>();
    for (Class<?> glue : classes) {
      for (Method method : glue.getDeclaredMethods()) {
        ParameterType type = method.getAnnotation(ParameterType.class);
        if (type != null) {
          String name = type.name().isEmpty() ? method.getName() : type.name();
          parameters.add(new CustomParameter(name, type.value(), method));
        }
        for (Annotation annotation : method.getAnnotations()) {
          if (annotation.annotationType().isAnnotationPresent(StepDefinitionAnnotation.class)) {
            phrases.add(
                new StepPhrase(
                    annotation.annotationType().getSimpleName(),
                    expressionOf(annotation),
                    glue,
                    method));
          }
        }
      }
    }
    phrases.sort(
        Comparator.comparing((StepPhrase p) -> p.glue().getName())
            .thenComparing(p -> rank(p.keyword()))
            .thenComparing(StepPhrase::expression, String.CASE_INSENSITIVE_ORDER));
    parameters.sort(Comparator.comparing(CustomParameter::name));
    return new StepCatalogue(phrases, parameters);
  }

  public List<StepPhrase> phrases() {
    return phrases;
  }

  public List<CustomParameter> parameters() {
    return parameters;
  }

  /** The phrases as Cucumber matches them: the built-in parameter types and the glue's own. */
  public List<Expression> expressions() {
    ParameterTypeRegistry registry = new ParameterTypeRegistry(FEATURE_LANGUAGE);
    for (CustomParameter parameter : parameters) {
      // Matching needs the type's pattern only; the glue's method turns the text into its value.
      Transformer<String> asText = text -> text;
      registry.defineParameterType(
          new io.cucumber.cucumberexpressions.ParameterType<>(
              parameter.name(), parameter.regex(), String.class, asText));
    }
    ExpressionFactory factory = new ExpressionFactory(registry);
    return phrases.stream().map(p -> factory.createExpression(p.expression())).toList();
  }

  private static int rank(String keyword) {
    int rank = KEYWORDS.indexOf(keyword);
    return rank < 0 ? KEYWORDS.size() : rank;
  }

  private static String expressionOf(Annotation annotation) {
    try {
      return (String) annotation.annotationType().getMethod("value").invoke(annotation);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(
          "@" + annotation.annotationType().getSimpleName() + " has no value(): " + e, e);
    }
  }
}
